/**
 */
package io.ringside.model.nvme.impl;

import io.ringside.model.nvme.Controller;
import io.ringside.model.nvme.DoorbellRegister;
import io.ringside.model.nvme.EventIdxBuffer;
import io.ringside.model.nvme.NvmePackage;
import io.ringside.model.nvme.ShadowDoorbellBuffer;

import io.ringside.model.trace.impl.DeviceImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Controller</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.impl.ControllerImpl#getDstrd <em>Dstrd</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.ControllerImpl#isShadowDoorbells <em>Shadow Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.ControllerImpl#getDoorbells <em>Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.ControllerImpl#getShadowBuffer <em>Shadow Buffer</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.ControllerImpl#getEventIdxBuffer <em>Event Idx Buffer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ControllerImpl extends DeviceImpl implements Controller {
	/**
	 * The default value of the '{@link #getDstrd() <em>Dstrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDstrd()
	 * @generated
	 * @ordered
	 */
	protected static final int DSTRD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDstrd() <em>Dstrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDstrd()
	 * @generated
	 * @ordered
	 */
	protected int dstrd = DSTRD_EDEFAULT;

	/**
	 * The default value of the '{@link #isShadowDoorbells() <em>Shadow Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShadowDoorbells()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHADOW_DOORBELLS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShadowDoorbells() <em>Shadow Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShadowDoorbells()
	 * @generated
	 * @ordered
	 */
	protected boolean shadowDoorbells = SHADOW_DOORBELLS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDoorbells() <em>Doorbells</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoorbells()
	 * @generated
	 * @ordered
	 */
	protected EList<DoorbellRegister> doorbells;

	/**
	 * The cached value of the '{@link #getShadowBuffer() <em>Shadow Buffer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShadowBuffer()
	 * @generated
	 * @ordered
	 */
	protected ShadowDoorbellBuffer shadowBuffer;

	/**
	 * The cached value of the '{@link #getEventIdxBuffer() <em>Event Idx Buffer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventIdxBuffer()
	 * @generated
	 * @ordered
	 */
	protected EventIdxBuffer eventIdxBuffer;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ControllerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NvmePackage.Literals.CONTROLLER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDstrd() {
		return dstrd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDstrd(int newDstrd) {
		int oldDstrd = dstrd;
		dstrd = newDstrd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.CONTROLLER__DSTRD, oldDstrd, dstrd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShadowDoorbells() {
		return shadowDoorbells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShadowDoorbells(boolean newShadowDoorbells) {
		boolean oldShadowDoorbells = shadowDoorbells;
		shadowDoorbells = newShadowDoorbells;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.CONTROLLER__SHADOW_DOORBELLS, oldShadowDoorbells, shadowDoorbells));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DoorbellRegister> getDoorbells() {
		if (doorbells == null) {
			doorbells = new EObjectContainmentEList<DoorbellRegister>(DoorbellRegister.class, this, NvmePackage.CONTROLLER__DOORBELLS);
		}
		return doorbells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShadowDoorbellBuffer getShadowBuffer() {
		return shadowBuffer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetShadowBuffer(ShadowDoorbellBuffer newShadowBuffer, NotificationChain msgs) {
		ShadowDoorbellBuffer oldShadowBuffer = shadowBuffer;
		shadowBuffer = newShadowBuffer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NvmePackage.CONTROLLER__SHADOW_BUFFER, oldShadowBuffer, newShadowBuffer);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShadowBuffer(ShadowDoorbellBuffer newShadowBuffer) {
		if (newShadowBuffer != shadowBuffer) {
			NotificationChain msgs = null;
			if (shadowBuffer != null)
				msgs = ((InternalEObject)shadowBuffer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NvmePackage.CONTROLLER__SHADOW_BUFFER, null, msgs);
			if (newShadowBuffer != null)
				msgs = ((InternalEObject)newShadowBuffer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NvmePackage.CONTROLLER__SHADOW_BUFFER, null, msgs);
			msgs = basicSetShadowBuffer(newShadowBuffer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.CONTROLLER__SHADOW_BUFFER, newShadowBuffer, newShadowBuffer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventIdxBuffer getEventIdxBuffer() {
		return eventIdxBuffer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEventIdxBuffer(EventIdxBuffer newEventIdxBuffer, NotificationChain msgs) {
		EventIdxBuffer oldEventIdxBuffer = eventIdxBuffer;
		eventIdxBuffer = newEventIdxBuffer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NvmePackage.CONTROLLER__EVENT_IDX_BUFFER, oldEventIdxBuffer, newEventIdxBuffer);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventIdxBuffer(EventIdxBuffer newEventIdxBuffer) {
		if (newEventIdxBuffer != eventIdxBuffer) {
			NotificationChain msgs = null;
			if (eventIdxBuffer != null)
				msgs = ((InternalEObject)eventIdxBuffer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NvmePackage.CONTROLLER__EVENT_IDX_BUFFER, null, msgs);
			if (newEventIdxBuffer != null)
				msgs = ((InternalEObject)newEventIdxBuffer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NvmePackage.CONTROLLER__EVENT_IDX_BUFFER, null, msgs);
			msgs = basicSetEventIdxBuffer(newEventIdxBuffer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.CONTROLLER__EVENT_IDX_BUFFER, newEventIdxBuffer, newEventIdxBuffer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NvmePackage.CONTROLLER__DOORBELLS:
				return ((InternalEList<?>)getDoorbells()).basicRemove(otherEnd, msgs);
			case NvmePackage.CONTROLLER__SHADOW_BUFFER:
				return basicSetShadowBuffer(null, msgs);
			case NvmePackage.CONTROLLER__EVENT_IDX_BUFFER:
				return basicSetEventIdxBuffer(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NvmePackage.CONTROLLER__DSTRD:
				return getDstrd();
			case NvmePackage.CONTROLLER__SHADOW_DOORBELLS:
				return isShadowDoorbells();
			case NvmePackage.CONTROLLER__DOORBELLS:
				return getDoorbells();
			case NvmePackage.CONTROLLER__SHADOW_BUFFER:
				return getShadowBuffer();
			case NvmePackage.CONTROLLER__EVENT_IDX_BUFFER:
				return getEventIdxBuffer();
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
			case NvmePackage.CONTROLLER__DSTRD:
				setDstrd((Integer)newValue);
				return;
			case NvmePackage.CONTROLLER__SHADOW_DOORBELLS:
				setShadowDoorbells((Boolean)newValue);
				return;
			case NvmePackage.CONTROLLER__DOORBELLS:
				getDoorbells().clear();
				getDoorbells().addAll((Collection<? extends DoorbellRegister>)newValue);
				return;
			case NvmePackage.CONTROLLER__SHADOW_BUFFER:
				setShadowBuffer((ShadowDoorbellBuffer)newValue);
				return;
			case NvmePackage.CONTROLLER__EVENT_IDX_BUFFER:
				setEventIdxBuffer((EventIdxBuffer)newValue);
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
			case NvmePackage.CONTROLLER__DSTRD:
				setDstrd(DSTRD_EDEFAULT);
				return;
			case NvmePackage.CONTROLLER__SHADOW_DOORBELLS:
				setShadowDoorbells(SHADOW_DOORBELLS_EDEFAULT);
				return;
			case NvmePackage.CONTROLLER__DOORBELLS:
				getDoorbells().clear();
				return;
			case NvmePackage.CONTROLLER__SHADOW_BUFFER:
				setShadowBuffer((ShadowDoorbellBuffer)null);
				return;
			case NvmePackage.CONTROLLER__EVENT_IDX_BUFFER:
				setEventIdxBuffer((EventIdxBuffer)null);
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
			case NvmePackage.CONTROLLER__DSTRD:
				return dstrd != DSTRD_EDEFAULT;
			case NvmePackage.CONTROLLER__SHADOW_DOORBELLS:
				return shadowDoorbells != SHADOW_DOORBELLS_EDEFAULT;
			case NvmePackage.CONTROLLER__DOORBELLS:
				return doorbells != null && !doorbells.isEmpty();
			case NvmePackage.CONTROLLER__SHADOW_BUFFER:
				return shadowBuffer != null;
			case NvmePackage.CONTROLLER__EVENT_IDX_BUFFER:
				return eventIdxBuffer != null;
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
		result.append(" (dstrd: ");
		result.append(dstrd);
		result.append(", shadowDoorbells: ");
		result.append(shadowDoorbells);
		result.append(')');
		return result.toString();
	}

} //ControllerImpl
