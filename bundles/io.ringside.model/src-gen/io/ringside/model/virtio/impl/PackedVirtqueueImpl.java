/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.virtio.EventSuppression;
import io.ringside.model.virtio.PackedVirtqueue;
import io.ringside.model.virtio.VirtioPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Packed Virtqueue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.impl.PackedVirtqueueImpl#getDriverPosition <em>Driver Position</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.PackedVirtqueueImpl#isDriverWrapCounter <em>Driver Wrap Counter</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.PackedVirtqueueImpl#getDeviceReadPosition <em>Device Read Position</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.PackedVirtqueueImpl#isDeviceReadWrapCounter <em>Device Read Wrap Counter</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.PackedVirtqueueImpl#getDeviceUsedPosition <em>Device Used Position</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.PackedVirtqueueImpl#isDeviceUsedWrapCounter <em>Device Used Wrap Counter</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.PackedVirtqueueImpl#getDriverEvent <em>Driver Event</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.PackedVirtqueueImpl#getDeviceEvent <em>Device Event</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PackedVirtqueueImpl extends VirtqueueImpl implements PackedVirtqueue {
	/**
	 * The default value of the '{@link #getDriverPosition() <em>Driver Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverPosition()
	 * @generated
	 * @ordered
	 */
	protected static final int DRIVER_POSITION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDriverPosition() <em>Driver Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverPosition()
	 * @generated
	 * @ordered
	 */
	protected int driverPosition = DRIVER_POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #isDriverWrapCounter() <em>Driver Wrap Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDriverWrapCounter()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DRIVER_WRAP_COUNTER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDriverWrapCounter() <em>Driver Wrap Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDriverWrapCounter()
	 * @generated
	 * @ordered
	 */
	protected boolean driverWrapCounter = DRIVER_WRAP_COUNTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceReadPosition() <em>Device Read Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceReadPosition()
	 * @generated
	 * @ordered
	 */
	protected static final int DEVICE_READ_POSITION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeviceReadPosition() <em>Device Read Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceReadPosition()
	 * @generated
	 * @ordered
	 */
	protected int deviceReadPosition = DEVICE_READ_POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #isDeviceReadWrapCounter() <em>Device Read Wrap Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeviceReadWrapCounter()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEVICE_READ_WRAP_COUNTER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDeviceReadWrapCounter() <em>Device Read Wrap Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeviceReadWrapCounter()
	 * @generated
	 * @ordered
	 */
	protected boolean deviceReadWrapCounter = DEVICE_READ_WRAP_COUNTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceUsedPosition() <em>Device Used Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceUsedPosition()
	 * @generated
	 * @ordered
	 */
	protected static final int DEVICE_USED_POSITION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeviceUsedPosition() <em>Device Used Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceUsedPosition()
	 * @generated
	 * @ordered
	 */
	protected int deviceUsedPosition = DEVICE_USED_POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #isDeviceUsedWrapCounter() <em>Device Used Wrap Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeviceUsedWrapCounter()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEVICE_USED_WRAP_COUNTER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDeviceUsedWrapCounter() <em>Device Used Wrap Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeviceUsedWrapCounter()
	 * @generated
	 * @ordered
	 */
	protected boolean deviceUsedWrapCounter = DEVICE_USED_WRAP_COUNTER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDriverEvent() <em>Driver Event</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverEvent()
	 * @generated
	 * @ordered
	 */
	protected EventSuppression driverEvent;

	/**
	 * The cached value of the '{@link #getDeviceEvent() <em>Device Event</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceEvent()
	 * @generated
	 * @ordered
	 */
	protected EventSuppression deviceEvent;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PackedVirtqueueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VirtioPackage.Literals.PACKED_VIRTQUEUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDriverPosition() {
		return driverPosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriverPosition(int newDriverPosition) {
		int oldDriverPosition = driverPosition;
		driverPosition = newDriverPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.PACKED_VIRTQUEUE__DRIVER_POSITION, oldDriverPosition, driverPosition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDriverWrapCounter() {
		return driverWrapCounter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriverWrapCounter(boolean newDriverWrapCounter) {
		boolean oldDriverWrapCounter = driverWrapCounter;
		driverWrapCounter = newDriverWrapCounter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER, oldDriverWrapCounter, driverWrapCounter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeviceReadPosition() {
		return deviceReadPosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceReadPosition(int newDeviceReadPosition) {
		int oldDeviceReadPosition = deviceReadPosition;
		deviceReadPosition = newDeviceReadPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_POSITION, oldDeviceReadPosition, deviceReadPosition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDeviceReadWrapCounter() {
		return deviceReadWrapCounter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceReadWrapCounter(boolean newDeviceReadWrapCounter) {
		boolean oldDeviceReadWrapCounter = deviceReadWrapCounter;
		deviceReadWrapCounter = newDeviceReadWrapCounter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER, oldDeviceReadWrapCounter, deviceReadWrapCounter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeviceUsedPosition() {
		return deviceUsedPosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceUsedPosition(int newDeviceUsedPosition) {
		int oldDeviceUsedPosition = deviceUsedPosition;
		deviceUsedPosition = newDeviceUsedPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_POSITION, oldDeviceUsedPosition, deviceUsedPosition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDeviceUsedWrapCounter() {
		return deviceUsedWrapCounter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceUsedWrapCounter(boolean newDeviceUsedWrapCounter) {
		boolean oldDeviceUsedWrapCounter = deviceUsedWrapCounter;
		deviceUsedWrapCounter = newDeviceUsedWrapCounter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER, oldDeviceUsedWrapCounter, deviceUsedWrapCounter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventSuppression getDriverEvent() {
		return driverEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDriverEvent(EventSuppression newDriverEvent, NotificationChain msgs) {
		EventSuppression oldDriverEvent = driverEvent;
		driverEvent = newDriverEvent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VirtioPackage.PACKED_VIRTQUEUE__DRIVER_EVENT, oldDriverEvent, newDriverEvent);
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
	public void setDriverEvent(EventSuppression newDriverEvent) {
		if (newDriverEvent != driverEvent) {
			NotificationChain msgs = null;
			if (driverEvent != null)
				msgs = ((InternalEObject)driverEvent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VirtioPackage.PACKED_VIRTQUEUE__DRIVER_EVENT, null, msgs);
			if (newDriverEvent != null)
				msgs = ((InternalEObject)newDriverEvent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VirtioPackage.PACKED_VIRTQUEUE__DRIVER_EVENT, null, msgs);
			msgs = basicSetDriverEvent(newDriverEvent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.PACKED_VIRTQUEUE__DRIVER_EVENT, newDriverEvent, newDriverEvent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventSuppression getDeviceEvent() {
		return deviceEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDeviceEvent(EventSuppression newDeviceEvent, NotificationChain msgs) {
		EventSuppression oldDeviceEvent = deviceEvent;
		deviceEvent = newDeviceEvent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VirtioPackage.PACKED_VIRTQUEUE__DEVICE_EVENT, oldDeviceEvent, newDeviceEvent);
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
	public void setDeviceEvent(EventSuppression newDeviceEvent) {
		if (newDeviceEvent != deviceEvent) {
			NotificationChain msgs = null;
			if (deviceEvent != null)
				msgs = ((InternalEObject)deviceEvent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VirtioPackage.PACKED_VIRTQUEUE__DEVICE_EVENT, null, msgs);
			if (newDeviceEvent != null)
				msgs = ((InternalEObject)newDeviceEvent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VirtioPackage.PACKED_VIRTQUEUE__DEVICE_EVENT, null, msgs);
			msgs = basicSetDeviceEvent(newDeviceEvent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.PACKED_VIRTQUEUE__DEVICE_EVENT, newDeviceEvent, newDeviceEvent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_EVENT:
				return basicSetDriverEvent(null, msgs);
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_EVENT:
				return basicSetDeviceEvent(null, msgs);
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
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_POSITION:
				return getDriverPosition();
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER:
				return isDriverWrapCounter();
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_POSITION:
				return getDeviceReadPosition();
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER:
				return isDeviceReadWrapCounter();
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_POSITION:
				return getDeviceUsedPosition();
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER:
				return isDeviceUsedWrapCounter();
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_EVENT:
				return getDriverEvent();
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_EVENT:
				return getDeviceEvent();
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
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_POSITION:
				setDriverPosition((Integer)newValue);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER:
				setDriverWrapCounter((Boolean)newValue);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_POSITION:
				setDeviceReadPosition((Integer)newValue);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER:
				setDeviceReadWrapCounter((Boolean)newValue);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_POSITION:
				setDeviceUsedPosition((Integer)newValue);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER:
				setDeviceUsedWrapCounter((Boolean)newValue);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_EVENT:
				setDriverEvent((EventSuppression)newValue);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_EVENT:
				setDeviceEvent((EventSuppression)newValue);
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
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_POSITION:
				setDriverPosition(DRIVER_POSITION_EDEFAULT);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER:
				setDriverWrapCounter(DRIVER_WRAP_COUNTER_EDEFAULT);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_POSITION:
				setDeviceReadPosition(DEVICE_READ_POSITION_EDEFAULT);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER:
				setDeviceReadWrapCounter(DEVICE_READ_WRAP_COUNTER_EDEFAULT);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_POSITION:
				setDeviceUsedPosition(DEVICE_USED_POSITION_EDEFAULT);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER:
				setDeviceUsedWrapCounter(DEVICE_USED_WRAP_COUNTER_EDEFAULT);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_EVENT:
				setDriverEvent((EventSuppression)null);
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_EVENT:
				setDeviceEvent((EventSuppression)null);
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
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_POSITION:
				return driverPosition != DRIVER_POSITION_EDEFAULT;
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER:
				return driverWrapCounter != DRIVER_WRAP_COUNTER_EDEFAULT;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_POSITION:
				return deviceReadPosition != DEVICE_READ_POSITION_EDEFAULT;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER:
				return deviceReadWrapCounter != DEVICE_READ_WRAP_COUNTER_EDEFAULT;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_POSITION:
				return deviceUsedPosition != DEVICE_USED_POSITION_EDEFAULT;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER:
				return deviceUsedWrapCounter != DEVICE_USED_WRAP_COUNTER_EDEFAULT;
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_EVENT:
				return driverEvent != null;
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_EVENT:
				return deviceEvent != null;
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
		result.append(" (driverPosition: ");
		result.append(driverPosition);
		result.append(", driverWrapCounter: ");
		result.append(driverWrapCounter);
		result.append(", deviceReadPosition: ");
		result.append(deviceReadPosition);
		result.append(", deviceReadWrapCounter: ");
		result.append(deviceReadWrapCounter);
		result.append(", deviceUsedPosition: ");
		result.append(deviceUsedPosition);
		result.append(", deviceUsedWrapCounter: ");
		result.append(deviceUsedWrapCounter);
		result.append(')');
		return result.toString();
	}

} //PackedVirtqueueImpl
