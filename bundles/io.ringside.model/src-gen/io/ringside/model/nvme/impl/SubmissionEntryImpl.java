/**
 */
package io.ringside.model.nvme.impl;

import io.ringside.model.nvme.NvmePackage;
import io.ringside.model.nvme.SlotState;
import io.ringside.model.nvme.SubmissionEntry;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Submission Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionEntryImpl#getSlot <em>Slot</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionEntryImpl#getCid <em>Cid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionEntryImpl#getOpcode <em>Opcode</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionEntryImpl#getState <em>State</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionEntryImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubmissionEntryImpl extends EObjectImpl implements SubmissionEntry {
	/**
	 * The default value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected static final int SLOT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected int slot = SLOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCid() <em>Cid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCid()
	 * @generated
	 * @ordered
	 */
	protected static final int CID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCid() <em>Cid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCid()
	 * @generated
	 * @ordered
	 */
	protected int cid = CID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpcode() <em>Opcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpcode()
	 * @generated
	 * @ordered
	 */
	protected static final int OPCODE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOpcode() <em>Opcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpcode()
	 * @generated
	 * @ordered
	 */
	protected int opcode = OPCODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final SlotState STATE_EDEFAULT = SlotState.FREE;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected SlotState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubmissionEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NvmePackage.Literals.SUBMISSION_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlot() {
		return slot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot(int newSlot) {
		int oldSlot = slot;
		slot = newSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_ENTRY__SLOT, oldSlot, slot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCid() {
		return cid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCid(int newCid) {
		int oldCid = cid;
		cid = newCid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_ENTRY__CID, oldCid, cid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOpcode() {
		return opcode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpcode(int newOpcode) {
		int oldOpcode = opcode;
		opcode = newOpcode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_ENTRY__OPCODE, oldOpcode, opcode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SlotState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(SlotState newState) {
		SlotState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_ENTRY__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_ENTRY__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NvmePackage.SUBMISSION_ENTRY__SLOT:
				return getSlot();
			case NvmePackage.SUBMISSION_ENTRY__CID:
				return getCid();
			case NvmePackage.SUBMISSION_ENTRY__OPCODE:
				return getOpcode();
			case NvmePackage.SUBMISSION_ENTRY__STATE:
				return getState();
			case NvmePackage.SUBMISSION_ENTRY__LABEL:
				return getLabel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NvmePackage.SUBMISSION_ENTRY__SLOT:
				setSlot((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_ENTRY__CID:
				setCid((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_ENTRY__OPCODE:
				setOpcode((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_ENTRY__STATE:
				setState((SlotState)newValue);
				return;
			case NvmePackage.SUBMISSION_ENTRY__LABEL:
				setLabel((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NvmePackage.SUBMISSION_ENTRY__SLOT:
				setSlot(SLOT_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_ENTRY__CID:
				setCid(CID_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_ENTRY__OPCODE:
				setOpcode(OPCODE_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_ENTRY__STATE:
				setState(STATE_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_ENTRY__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NvmePackage.SUBMISSION_ENTRY__SLOT:
				return slot != SLOT_EDEFAULT;
			case NvmePackage.SUBMISSION_ENTRY__CID:
				return cid != CID_EDEFAULT;
			case NvmePackage.SUBMISSION_ENTRY__OPCODE:
				return opcode != OPCODE_EDEFAULT;
			case NvmePackage.SUBMISSION_ENTRY__STATE:
				return state != STATE_EDEFAULT;
			case NvmePackage.SUBMISSION_ENTRY__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (slot: ");
		result.append(slot);
		result.append(", cid: ");
		result.append(cid);
		result.append(", opcode: ");
		result.append(opcode);
		result.append(", state: ");
		result.append(state);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //SubmissionEntryImpl
