/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.virtio.AvailRing;
import io.ringside.model.virtio.VirtioPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Avail Ring</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.impl.AvailRingImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.AvailRingImpl#getIdx <em>Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.AvailRingImpl#getUsedEvent <em>Used Event</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.AvailRingImpl#getRing <em>Ring</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.AvailRingImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AvailRingImpl extends EObjectImpl implements AvailRing {
	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdx() <em>Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdx()
	 * @generated
	 * @ordered
	 */
	protected static final int IDX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIdx() <em>Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdx()
	 * @generated
	 * @ordered
	 */
	protected int idx = IDX_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsedEvent() <em>Used Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedEvent()
	 * @generated
	 * @ordered
	 */
	protected static final int USED_EVENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUsedEvent() <em>Used Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedEvent()
	 * @generated
	 * @ordered
	 */
	protected int usedEvent = USED_EVENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRing() <em>Ring</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRing()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> ring;

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
	protected AvailRingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VirtioPackage.Literals.AVAIL_RING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.AVAIL_RING__FLAGS, oldFlags, flags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIdx() {
		return idx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdx(int newIdx) {
		int oldIdx = idx;
		idx = newIdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.AVAIL_RING__IDX, oldIdx, idx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUsedEvent() {
		return usedEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsedEvent(int newUsedEvent) {
		int oldUsedEvent = usedEvent;
		usedEvent = newUsedEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.AVAIL_RING__USED_EVENT, oldUsedEvent, usedEvent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getRing() {
		if (ring == null) {
			ring = new EDataTypeEList<Integer>(Integer.class, this, VirtioPackage.AVAIL_RING__RING);
		}
		return ring;
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
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.AVAIL_RING__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VirtioPackage.AVAIL_RING__FLAGS:
				return getFlags();
			case VirtioPackage.AVAIL_RING__IDX:
				return getIdx();
			case VirtioPackage.AVAIL_RING__USED_EVENT:
				return getUsedEvent();
			case VirtioPackage.AVAIL_RING__RING:
				return getRing();
			case VirtioPackage.AVAIL_RING__LABEL:
				return getLabel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case VirtioPackage.AVAIL_RING__FLAGS:
				setFlags((Integer)newValue);
				return;
			case VirtioPackage.AVAIL_RING__IDX:
				setIdx((Integer)newValue);
				return;
			case VirtioPackage.AVAIL_RING__USED_EVENT:
				setUsedEvent((Integer)newValue);
				return;
			case VirtioPackage.AVAIL_RING__RING:
				getRing().clear();
				getRing().addAll((Collection<? extends Integer>)newValue);
				return;
			case VirtioPackage.AVAIL_RING__LABEL:
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
			case VirtioPackage.AVAIL_RING__FLAGS:
				setFlags(FLAGS_EDEFAULT);
				return;
			case VirtioPackage.AVAIL_RING__IDX:
				setIdx(IDX_EDEFAULT);
				return;
			case VirtioPackage.AVAIL_RING__USED_EVENT:
				setUsedEvent(USED_EVENT_EDEFAULT);
				return;
			case VirtioPackage.AVAIL_RING__RING:
				getRing().clear();
				return;
			case VirtioPackage.AVAIL_RING__LABEL:
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
			case VirtioPackage.AVAIL_RING__FLAGS:
				return flags != FLAGS_EDEFAULT;
			case VirtioPackage.AVAIL_RING__IDX:
				return idx != IDX_EDEFAULT;
			case VirtioPackage.AVAIL_RING__USED_EVENT:
				return usedEvent != USED_EVENT_EDEFAULT;
			case VirtioPackage.AVAIL_RING__RING:
				return ring != null && !ring.isEmpty();
			case VirtioPackage.AVAIL_RING__LABEL:
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
		result.append(" (flags: ");
		result.append(flags);
		result.append(", idx: ");
		result.append(idx);
		result.append(", usedEvent: ");
		result.append(usedEvent);
		result.append(", ring: ");
		result.append(ring);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //AvailRingImpl
